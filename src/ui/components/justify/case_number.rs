use leptos::prelude::*;

use crate::core::justify::roi::{Field, FieldError};
use crate::core::justify::Case;
use crate::ui::components::common::number_field::NumberField;
use crate::ui::state::use_app_state;

/// A figure of the case the user types, shown with what is wrong with it (negative, too large…) beside it.
#[component]
pub fn CaseNumber(
    field: Field,
    label: &'static str,
    #[prop(optional)] hint: &'static str,
    get: fn(&Case) -> f64,
    set: fn(&mut Case, f64),
    /// Every problem with the case's inputs, checked once per change for all its fields.
    errors: Memo<Vec<FieldError>>,
) -> impl IntoView {
    let state = use_app_state();
    view! {
        <NumberField
            id=field.id()
            label
            hint
            value=Signal::derive(move || state.workspace.with(|w| Some(get(&w.case))))
            on_set=Callback::new(move |v: Option<f64>| {
                if let Some(v) = v {
                    state.workspace.update(|w| set(&mut w.case, v))
                }
            })
            error=Signal::derive(move || {
                errors.with(|e| e.iter().find(|x| x.field == field).map(|x| x.message.clone()))
            })
        />
    }
}
