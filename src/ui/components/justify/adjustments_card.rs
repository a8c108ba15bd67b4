use leptos::prelude::*;

use crate::core::justify::roi::{Field, FieldError, CONFIDENCE_TIERS};
use crate::ui::components::justify::case_number::CaseNumber;
use crate::ui::format::percent;
use crate::ui::state::use_app_state;

/// Phillips's conservative adjustments: the share due to the training, how sure the user is, the years counted.
#[component]
pub fn AdjustmentsCard(errors: Memo<Vec<FieldError>>) -> impl IntoView {
    let state = use_app_state();
    let tiers = CONFIDENCE_TIERS
        .into_iter()
        .map(|t| {
            view! {
                <option value=t.to_string()
                    selected=move || state.workspace.with(|w| w.case.adjustments.confidence_pct == t)>
                    {move || state.workspace.with(|w| percent(&w.locale, t, 0))}
                </option>
            }
        })
        .collect_view();
    let set_tier = move |ev| {
        if let Ok(t) = event_target_value(&ev).parse::<f64>() {
            state
                .workspace
                .update(|w| w.case.adjustments.confidence_pct = t);
        }
    };
    view! {
        <section class="card">
            <h2>"Conservative adjustments"</h2>
            <div class="row">
                <CaseNumber field=Field::AttributionPct label="Share due to the training (%)" hint="the rest comes from other causes"
                    get=|c| c.adjustments.attribution_pct set=|c, v| c.adjustments.attribution_pct = v errors/>
                <div class="field">
                    <label for="confidence_pct">"How sure are you of these figures?"</label>
                    <select id="confidence_pct" on:change=set_tier>{tiers}</select>
                </div>
                <CaseNumber field=Field::Years label="Years of benefit counted" hint="1 = first year only"
                    get=|c| c.adjustments.years set=|c, v| c.adjustments.years = v errors/>
            </div>
        </section>
    }
}
