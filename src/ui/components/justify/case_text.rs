use leptos::prelude::*;

use crate::core::justify::Case;
use crate::ui::state::use_app_state;

/// A line of text in the case: the course, the provider.
#[component]
pub fn CaseText(
    id: &'static str,
    label: &'static str,
    get: fn(&Case) -> String,
    set: fn(&mut Case, String),
) -> impl IntoView {
    let state = use_app_state();
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id type="text" maxlength="120"
                prop:value=move || state.workspace.with(|w| get(&w.case))
                on:input=move |ev| state.workspace.update(|w| set(&mut w.case, event_target_value(&ev)))/>
        </div>
    }
}
