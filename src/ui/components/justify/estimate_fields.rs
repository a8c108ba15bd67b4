use leptos::prelude::*;

use crate::core::justify::roi::{Estimate, Field, FieldError};
use crate::core::justify::Case;
use crate::ui::components::common::number_field::NumberField;
use crate::ui::state::use_app_state;

/// A figure the user can only estimate, as a range: what they expect, and how low and how high it could be. The low
/// value is the one reported; left empty, low is half and high one and a half times what is expected.
#[component]
pub fn EstimateFields(
    /// The expected, low and high values' fields, and their labels.
    fields: [Field; 3],
    labels: [&'static str; 3],
    #[prop(optional)] hint: &'static str,
    get: fn(&Case) -> &Estimate,
    set: fn(&mut Case) -> &mut Estimate,
    errors: Memo<Vec<FieldError>>,
) -> impl IntoView {
    let state = use_app_state();
    let error = move |field: Field| {
        Signal::derive(move || {
            errors.with(|e| {
                e.iter()
                    .find(|x| x.field == field)
                    .map(|x| x.message.clone())
            })
        })
    };
    let value = move |pick: fn(&Estimate) -> Option<f64>| {
        Signal::derive(move || state.workspace.with(|w| pick(get(&w.case))))
    };
    let put = move |put: fn(&mut Estimate, Option<f64>)| {
        Callback::new(move |v| state.workspace.update(|w| put(set(&mut w.case), v)))
    };
    let [expected, low, high] = fields;
    let [expected_label, low_label, high_label] = labels;
    view! {
        <div class="row estimate">
            <NumberField id=expected.id() label=expected_label hint error=error(expected)
                value=value(|e| Some(e.expected))
                on_set=put(|e, v| if let Some(v) = v { e.expected = v })/>
            <NumberField id=low.id() label=low_label hint="reported: the conservative figure" error=error(low)
                blank="half what you expect" value=value(|e| e.low) on_set=put(|e, v| e.low = v)/>
            <NumberField id=high.id() label=high_label error=error(high)
                blank="1.5 × what you expect" value=value(|e| e.high) on_set=put(|e, v| e.high = v)/>
        </div>
    }
}
