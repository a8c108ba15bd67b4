use leptos::prelude::*;

/// One choice: its value, its name, and the behaviour that anchors it ("" for none).
pub type Choice = (u8, String, String);

/// One question answered by picking a level: native radio buttons, so arrow keys move between levels and Tab moves on.
/// Each level's behaviour is written beside its choice, read before choosing rather than on pointing (and read out as
/// part of the choice's label).
#[component]
pub fn LevelPicker(
    legend: &'static str,
    /// The radio group's name, unique on the page.
    name: String,
    /// The choices, lowest first.
    choices: Vec<Choice>,
    value: Signal<Option<u8>>,
    on_pick: Callback<u8>,
    #[prop(optional)] disabled: Signal<bool>,
) -> impl IntoView {
    let anchored = choices.iter().any(|(_, _, anchor)| !anchor.is_empty());
    let options = choices
        .into_iter()
        .map(|(level, label, anchor)| {
            let id = format!("{name}-{level}");
            let label_for = id.clone();
            view! {
                <label class="level" for=label_for>
                    <input
                        type="radio"
                        id=id
                        name=name.clone()
                        value=level.to_string()
                        prop:checked=move || value.get() == Some(level)
                        disabled=move || disabled.get()
                        on:change=move |_| on_pick.run(level)
                    />
                    <span class="level-number">{level}</span>
                    <span class="level-label">{label}</span>
                    {(!anchor.is_empty()).then(|| view! { <span class="level-anchor">{anchor}</span> })}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="level-picker" class:anchored=anchored>
            <legend>{legend}</legend>
            <div class="levels">{options}</div>
        </fieldset>
    }
}
