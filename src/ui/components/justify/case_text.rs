use leptos::prelude::*;

use crate::core::justify::Case;
use crate::ui::state::use_app_state;

/// Longest line of text, and longest passage, the user may type into the case.
const LINE: &str = "120";
const PASSAGE: &str = "300";

/// Text in the case: a line (the course, the provider), or with `long` a passage of a few lines (the outline, a
/// decision the boss faces), with an optional hint under its label.
#[component]
pub fn CaseText(
    id: &'static str,
    label: &'static str,
    get: fn(&Case) -> String,
    set: fn(&mut Case, String),
    #[prop(optional)] hint: &'static str,
    #[prop(optional)] long: bool,
) -> impl IntoView {
    let state = use_app_state();
    let value = move || state.workspace.with(|w| get(&w.case));
    let input = move |ev| {
        state
            .workspace
            .update(|w| set(&mut w.case, event_target_value(&ev)))
    };
    let hint_id = format!("{id}-hint");
    let described = (!hint.is_empty()).then(|| hint_id.clone());
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            {if long {
                view! { <textarea id=id rows="2" maxlength=PASSAGE aria-describedby=described.clone() prop:value=value on:input=input></textarea> }.into_any()
            } else {
                view! { <input id=id type="text" maxlength=LINE aria-describedby=described.clone() prop:value=value on:input=input/> }.into_any()
            }}
        </div>
    }
}
