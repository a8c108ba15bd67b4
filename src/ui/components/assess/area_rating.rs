use leptos::prelude::*;

use crate::core::assess::{Rating, MAX_EVIDENCE};
use crate::core::model::{Anchor, Area};
use crate::ui::components::assess::level_picker::{Choice, LevelPicker};
use crate::ui::state::{use_app_state, use_model};

const IMPORTANCE: [&str; 6] = [
    "Not needed",
    "Minor",
    "Useful",
    "Important",
    "Very important",
    "Critical",
];

/// Rating one area: what the user knows and what they have done, each level anchored in its own behaviour written
/// beside the choice, a line of evidence, and how much the area matters.
#[component]
pub fn AreaRating(area: Area) -> impl IntoView {
    let state = use_app_state();
    let model = use_model();
    let id = StoredValue::new(area.id.clone());
    let rating = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.assessment.rating(&id.read_value()))
    });
    let now = || js_sys::Date::now() as u64;
    let rate = move |change: fn(&mut Rating, u8), value: u8| {
        state.workspace.update(|ws| {
            ws.assessment
                .rate(&id.read_value(), now(), |r| change(r, value))
        });
    };
    let choices = |anchor: fn(&Anchor) -> &String| -> Vec<Choice> {
        (1..=model.max_level())
            .map(|l| {
                let text = area.levels.get(usize::from(l) - 1).map(anchor).cloned();
                (l, model.level_name(l).to_string(), text.unwrap_or_default())
            })
            .collect()
    };
    let not_relevant = Signal::derive(move || rating.with(|r| r.not_relevant));
    let meanings = (1..=model.max_level())
        .filter(|l| !model.level_meaning(*l).is_empty())
        .map(|l| view! { <li><strong>{model.level_name(l).to_string()}</strong>": " {model.level_meaning(l).to_string()}</li> })
        .collect_view();
    let evidence_id = format!("{}-evidence", area.id);
    view! {
        <section class="card area" aria-labelledby="area-title">
            <p class="group-name">{model.group_name(&area.group).to_string()}</p>
            <h2 id="area-title" tabindex="-1">{area.name.clone()}</h2>
            <p class="definition">{area.definition.clone()}</p>
            <details class="level-meanings">
                <summary>{format!("What the {} levels mean", model.levels.len())}</summary>
                <ol>{meanings}</ol>
                <p class="hint">
                    "Your level is what you have done, recently and with results; what you know is reported beside it. "
                    "Read each level's behaviour before you choose."
                </p>
            </details>
            <div class="pickers">
                <LevelPicker
                    legend="What you know: I know how"
                    name=format!("{}-knowledge", area.id)
                    choices=choices(|a| &a.know)
                    value=Signal::derive(move || rating.with(|r| r.knowledge))
                    on_pick=Callback::new(move |l| rate(|r, l| r.knowledge = Some(l), l))
                    disabled=not_relevant
                />
                <LevelPicker
                    legend="What you have done: recently, with results"
                    name=format!("{}-experience", area.id)
                    choices=choices(|a| &a.done)
                    value=Signal::derive(move || rating.with(|r| r.experience))
                    on_pick=Callback::new(move |l| rate(|r, l| r.experience = Some(l), l))
                    disabled=not_relevant
                />
            </div>
            <div class="field evidence">
                <label for=evidence_id.clone()>"When did you last do this? (optional)"</label>
                <input id=evidence_id type="text" maxlength=MAX_EVIDENCE autocomplete="off"
                    placeholder="e.g. Ran the pricing test for Plus, May 2026"
                    prop:value=move || rating.with(|r| r.evidence.clone())
                    disabled=move || not_relevant.get()
                    on:change=move |ev| {
                        let note = event_target_value(&ev).trim().to_string();
                        state.workspace.update(|ws| ws.assessment.rate(&id.read_value(), now(), |r| r.evidence = note));
                    }/>
                <p class="hint">"A line of evidence: what, when, with what result. A second rater sees it, and your shared report if you include it."</p>
            </div>
            <LevelPicker
                legend="How important is this area to your role?"
                name=format!("{}-importance", area.id)
                choices=IMPORTANCE.iter().enumerate().map(|(i, l)| (i as u8, l.to_string(), String::new())).collect()
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
