use leptos::prelude::*;

/// One question answered by picking a level: native radio buttons, so arrow keys move between levels and Tab moves on.
#[component]
pub fn LevelPicker(
    legend: &'static str,
    /// The radio group's name, unique on the page.
    name: String,
    /// (value, label) for each choice, lowest first.
    choices: Vec<(u8, String)>,
    value: Signal<Option<u8>>,
    on_pick: Callback<u8>,
    /// Told which level the pointer or focus is on (`None` when it leaves), to show that level's behaviour.
    #[prop(optional)]
    on_preview: Option<Callback<Option<u8>>>,
    #[prop(optional)] disabled: Signal<bool>,
) -> impl IntoView {
    let preview = move |level: Option<u8>| {
        if let Some(cb) = on_preview {
            cb.run(level);
        }
    };
    let options = choices
        .into_iter()
        .map(|(level, label)| {
            let id = format!("{name}-{level}");
            let label_for = id.clone();
            view! {
                <label
                    class="level"
                    for=label_for
                    on:mouseenter=move |_| preview(Some(level))
                    on:mouseleave=move |_| preview(None)
                >
                    <input
                        type="radio"
                        id=id
                        name=name.clone()
                        value=level.to_string()
                        prop:checked=move || value.get() == Some(level)
                        disabled=move || disabled.get()
                        on:change=move |_| on_pick.run(level)
                        on:focus=move |_| preview(Some(level))
                        on:blur=move |_| preview(None)
                    />
                    <span class="level-number">{level}</span>
                    <span class="level-label">{label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="level-picker">
            <legend>{legend}</legend>
            <div class="levels">{options}</div>
        </fieldset>
    }
}
