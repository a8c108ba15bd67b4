use leptos::prelude::*;

use crate::core::justify::roi::{Field, FieldError};
use crate::core::justify::Case;
use crate::ui::state::use_app_state;

/// A date of the training, as the browser's date input gives it (YYYY-MM-DD).
#[component]
pub fn CaseDate(
    id: &'static str,
    label: &'static str,
    get: fn(&Case) -> String,
    set: fn(&mut Case, String),
    /// The field whose message this date shows, if it has one (the last day can't be before the first).
    #[prop(optional)]
    checked_as: Option<Field>,
    errors: Memo<Vec<FieldError>>,
) -> impl IntoView {
    let state = use_app_state();
    let error = move || {
        let field = checked_as?;
        errors.with(|e| {
            e.iter()
                .find(|x| x.field == field)
                .map(|x| format!("The end {}", x.message))
        })
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id type="date"
                prop:value=move || state.workspace.with(|w| get(&w.case))
                on:input=move |ev| state.workspace.update(|w| set(&mut w.case, event_target_value(&ev)))/>
            <p class="error" role="alert">{error}</p>
        </div>
    }
}
