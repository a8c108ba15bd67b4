use leptos::prelude::*;

use crate::core::justify::roi::{Field, FieldError, CONFIDENCE_TIERS};
use crate::ui::components::justify::case_number::CaseNumber;
use crate::ui::format::percent;
use crate::ui::state::use_app_state;

/// Phillips's conservative adjustments: the share due to the training, how sure the user is, the years counted, when
/// the benefit starts and what a later year of it is worth today.
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
                <CaseNumber field=Field::RampWeeks label="Weeks before the benefit starts"
                    hint="the ramp-up: by default when the plan looks for impact"
                    get=|c| c.adjustments.ramp_weeks set=|c, v| c.adjustments.ramp_weeks = v errors/>
            </div>
            <p class="hint" data-testid="no-ramp-up" hidden=move || state.workspace.with(|w| w.case.adjustments.ramp_weeks > 0.0)>
                "With no ramp-up the benefit counts from the day after the training, as cases made before Skillcase asked "
                "did; impact usually shows some 17 weeks on, when your plan looks for it."
            </p>
            // Only a later year is discounted or faded: the fields wait, hidden, while one year is counted.
            <div class="row" hidden=move || state.workspace.with(|w| w.case.adjustments.years_counted() <= 1.0)
                data-testid="later-years">
                <CaseNumber field=Field::DiscountPct label="Discount rate a year (%)"
                    hint="your organisation's cost of capital: ask finance"
                    get=|c| c.adjustments.discount_pct set=|c, v| c.adjustments.discount_pct = v errors/>
                <CaseNumber field=Field::FadePct label="Effect lost each year (%)"
                    hint="skills fade unused and jobs change"
                    get=|c| c.adjustments.fade_pct set=|c, v| c.adjustments.fade_pct = v errors/>
            </div>
        </section>
    }
}
