use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The level of the choice an event happened in, if any: read from the radio button's value, so the whole group
/// needs one listener per kind of event instead of four per choice.
fn level_at(ev: &leptos::ev::Event) -> Option<u8> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let choice = target.closest(".level").ok()??;
    choice
        .query_selector("input")
        .ok()??
        .get_attribute("value")?
        .parse()
        .ok()
}

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
    let preview_at = move |ev: leptos::ev::Event| preview(level_at(&ev));
    let options = choices
        .into_iter()
        .map(|(level, label)| {
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
                </label>
            }
        })
        .collect_view();
    view! {
        // Pointer and focus are followed on the group: moving within a choice, or from one choice to the next,
        // shows that choice; leaving the group clears the preview.
        <fieldset
            class="level-picker"
            on:mouseover=move |ev| preview_at(ev.into())
            on:mouseleave=move |_| preview(None)
            on:focusin=move |ev| preview_at(ev.into())
            on:focusout=move |_| preview(None)
        >
            <legend>{legend}</legend>
            <div class="levels">{options}</div>
        </fieldset>
    }
}
