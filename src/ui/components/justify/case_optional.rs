use leptos::prelude::*;

use crate::core::justify::roi::{Field, FieldError};
use crate::core::justify::Case;
use crate::ui::components::common::number_field::NumberField;
use crate::ui::state::use_app_state;

/// A figure of the case the user may leave empty, saying what empty means: a margin not given (nothing claimed), a
/// low or high estimate left to its default.
#[component]
pub fn CaseOptional(
    field: Field,
    label: &'static str,
    #[prop(optional)] hint: &'static str,
    /// What an empty field stands for.
    blank: &'static str,
    get: fn(&Case) -> Option<f64>,
    set: fn(&mut Case, Option<f64>),
    /// Every problem with the case's inputs, checked once per change for all its fields.
    errors: Memo<Vec<FieldError>>,
) -> impl IntoView {
    let state = use_app_state();
    view! {
        <NumberField
            id=field.id()
            label
            hint
            blank
            value=Signal::derive(move || state.workspace.with(|w| get(&w.case)))
            on_set=Callback::new(move |v| state.workspace.update(|w| set(&mut w.case, v)))
            error=Signal::derive(move || {
                errors.with(|e| e.iter().find(|x| x.field == field).map(|x| x.message.clone()))
            })
        />
    }
}
